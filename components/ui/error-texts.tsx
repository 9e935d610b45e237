"use client";
import { createContext, useContext } from "react";

/**
 * The error page's texts in the page's language. The error page must be a client component, and
 * these three texts are all the client needs of the catalogues: handed down by the layout, so
 * public pages ship no translation runtime.
 */
export interface ErrorTexts {
  title: string;
  text: string;
  retry: string;
}

const Texts = createContext<ErrorTexts | null>(null);

export function ErrorTextsProvider({ texts, children }: { texts: ErrorTexts; children: React.ReactNode }) {
  return <Texts.Provider value={texts}>{children}</Texts.Provider>;
}

export function useErrorTexts(): ErrorTexts {
  const texts = useContext(Texts);
  if (!texts) throw new Error("useErrorTexts: no ErrorTextsProvider above this component");
  return texts;
}
