import { isLang } from "../i18n";
import { browserEdition, preferEdition } from "./preferEdition";

// One 404 page serves both editions. The edition of the missing address (/ja/… or /en/… after
// the base) comes first and is outlined; an address in neither falls back to the browser's
// language. Without this script both blocks stay, English first.
const base = document.documentElement.dataset.base ?? "/";
const path = location.pathname.startsWith(base) ? location.pathname.slice(base.length) : "";
const first = path.split("/")[0];
preferEdition(isLang(first) ? first : browserEdition(), "data-edition");
