import { countingName } from "../daily/daily-warnings";
import type { Translator } from "../i18n/translator";
import type { AdoptedValue, VaultAdoption } from "./adopt-vault-settings";

function describeValue(t: Translator, value: AdoptedValue): string {
	if (value.key !== "numbering") return t(`adopt.value.${value.key}`, { value: value.value });
	const { inference } = value;
	if (inference.kind === "conflict") return t("adopt.value.numberingConflict", { paths: inference.paths.join(", ") });
	if (inference.kind === "none") return "";
	return t("adopt.value.numbering", {
		count: inference.numberedNotes,
		start: inference.courseStartDate,
		counting: countingName(t, inference.dayCounting),
	});
}

/** The lines that tell the user what was found in the vault and what was set. */
export function adoptionSummary(t: Translator, adoption: VaultAdoption): string[] {
	const source = t(`adopt.source.${adoption.source ?? "none"}`);
	const values = adoption.adopted.map((value) => describeValue(t, value)).filter((line) => line !== "");
	return [source, ...(values.length > 0 ? values : [t("adopt.nothingNew")])];
}
