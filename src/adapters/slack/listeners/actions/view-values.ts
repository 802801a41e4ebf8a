// Reading a submitted modal's state.values.
export type Values = Record<string, Record<string, { value?: string | null; selected_date?: string | null; selected_option?: { value: string } | null }>>;

/** The chosen option of a select block, static or external (their action ids differ). */
export const selected = (values: Values, blockId: string): string | undefined => Object.values(values[blockId] ?? {})[0]?.selected_option?.value;
