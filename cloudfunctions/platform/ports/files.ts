/** The Files port: uploaded images and generated exports. */
export interface StoredFile {
  fileId: string;
  contentType: string;
  size: number;
}

export interface Files {
  put(input: { path: string; bytes: Buffer; contentType: string }): Promise<StoredFile>;
  get(fileId: string): Promise<{ bytes: Buffer; contentType: string } | null>;
  /** A URL a client can show or download (temporary on CloudBase). */
  url(fileId: string): Promise<string>;
  remove(fileId: string): Promise<void>;
}
