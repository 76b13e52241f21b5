/** Permalink of each year page (see the data extension note in .eleventy.ts). */
import type { TimelineYear } from '../../src/site/timeline.ts';

export default { permalink: (data: { year: TimelineYear }) => data.year.url };
