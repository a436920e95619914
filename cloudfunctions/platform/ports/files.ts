/** The Files port: uploaded images and generated exports. */
export interface StoredFile {
  fileId: string;
  contentType: string;
  size: number;
}

export interface Files {
  put(input: { path: string; bytes: Buffer; contentType: string }): Promise<StoredFile>;
  get(fileId: string): Promise<{ bytes: Buffer; contentType: string } | null>;
  /**
   * A URL a client can show or download (temporary on CloudBase). `maxSide` asks for a smaller
   * rendition of an image (lists, thumbnails) where the platform can make one; elsewhere the
   * original is served.
   */
  url(fileId: string, options?: { maxSide?: number }): Promise<string>;
  remove(fileId: string): Promise<void>;
}
