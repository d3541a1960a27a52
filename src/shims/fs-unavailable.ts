// Stands in for Node's `fs` inside libraries bundled into main.js. Any use is a bug: fail loudly.
function unavailable(): never {
	throw new Error("The file system module is not available in this environment.");
}

export const readFileSync = unavailable;
export default { readFileSync };
