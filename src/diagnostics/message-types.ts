// What a message is made of, shared by the English and the Finnish sentences.

/** The facts a message is made from. */
export type DiagnosticArgs = Record<string, string | number | undefined>;

/** The sentence a diagnostic's facts become, in one language. */
export type Message = (a: DiagnosticArgs) => string;
