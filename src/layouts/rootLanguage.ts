import { browserEdition, preferEdition } from "./preferEdition";

// Preselects the edition in the reader's browser language: it is outlined and listed first.
preferEdition(browserEdition(), "data-root-lang");
