/** The slice of @11ty/eleventy-img 6 this project uses (the package ships no type declarations). */
declare module '@11ty/eleventy-img' {
  export interface ImageOptions {
    widths: number[];
    formats: string[];
    outputDir: string;
    filenameFormat: (id: string, src: string, width: number, format: string) => string;
    formatFiltering?: string[];
    sharpOptions?: Record<string, unknown>;
    sharpWebpOptions?: Record<string, unknown>;
    fixOrientation?: boolean;
    useCache?: boolean;
  }
  export interface ImageStats {
    width: number;
    height: number;
    filename: string;
    outputPath: string;
  }
  export default function image(src: string, options: ImageOptions): Promise<Record<string, ImageStats[]>>;
}
