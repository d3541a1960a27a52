export type { VaultNote, ConvertVaultInput, ConvertWarning, PostOutput, AssetOutput, NoteError, ConvertVaultResult } from "./convert-types";
