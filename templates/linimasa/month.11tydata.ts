/** Permalink of each month page (see the data extension note in .eleventy.ts). */
import type { TimelineMonth } from '../../src/site/timeline.ts';

export default { permalink: (data: { month: TimelineMonth }) => data.month.url };
