/**
 * Which detected types the image library (sharp) is asked about. Kept apart from detectType so the
 * decision "is this an image we read" is one list, used by metadata, thumbnails and the API's
 * hasThumbnail flag alike.
 */

/** Types whose header sharp reads for pixel size and EXIF (HEIC: the header only). */
export const METADATA_TYPES: ReadonlySet<string> = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/heic']);

/**
 * Types sharp's prebuilt binaries can decode into a preview. Not BMP (libvips has no BMP loader), not
 * HEIC (the prebuilt libheif has no HEVC decoder), and never SVG: rendering it would run a parser over
 * hostile markup for a picture the vault only offers as a download.
 */
export const THUMBNAIL_TYPES: ReadonlySet<string> = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp']);
