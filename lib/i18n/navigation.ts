import { createNavigation } from "next-intl/navigation";
import { routing } from "./routing";

/** Links and redirects that keep the page's language (next-intl's wrappers of next/link and next/navigation). */
export const { Link, redirect, getPathname } = createNavigation(routing);
