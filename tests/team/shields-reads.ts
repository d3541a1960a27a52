/** Reads a label back as shields.io's escapeFormat does, after the path segment is decoded. */
export function shieldsReads(segment: string): string {
	return decodeURIComponent(segment)
		.replace(/([^_])_([^_])/g, "$1 $2")
		.replace(/([^_])_$/, "$1 ")
		.replace(/^_([^_])/, " $1")
		.replace(/__/g, "_")
		.replace(/--/g, "-");
}
