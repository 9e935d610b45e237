import type { TranslationKeys } from "@zxcvbn-ts/core";

/**
 * zxcvbn's feedback in Swedish, as Finland's Swedish-language public services write it
 * (zxcvbn-ts ships no Swedish package; the keys are those of its English one).
 */
export const swedishTranslations: TranslationKeys = {
  warnings: {
    straightRow: "Raka rader av tangenter är lätta att gissa.",
    keyPattern: "Korta tangentmönster är lätta att gissa.",
    simpleRepeat: "Upprepade tecken som ”aaa” är lätta att gissa.",
    extendedRepeat: "Upprepade teckenmönster som ”abcabcabc” är lätta att gissa.",
    sequences: "Vanliga teckenföljder som ”abc” är lätta att gissa.",
    recentYears: "De senaste åren är lätta att gissa.",
    dates: "Datum är lätta att gissa.",
    topTen: "Det här är ett av de allra vanligaste lösenorden.",
    topHundred: "Det här är ett mycket vanligt lösenord.",
    common: "Det här är ett vanligt lösenord.",
    similarToCommon: "Det här liknar ett vanligt lösenord.",
    wordByItself: "Enstaka ord är lätta att gissa.",
    namesByThemselves: "Enstaka för- eller efternamn är lätta att gissa.",
    commonNames: "Vanliga för- och efternamn är lätta att gissa.",
    userInputs: "Lösenordet ska inte innehålla personliga uppgifter eller uppgifter om webbplatsen.",
    pwned: "Lösenordet har läckt ut i ett dataintrång på internet.",
  },
  suggestions: {
    l33t: "Undvik förutsägbara teckenbyten som ”@” i stället för ”a”.",
    reverseWords: "Undvik vanliga ord stavade baklänges.",
    allUppercase: "Skriv en del av bokstäverna med versaler, men inte alla.",
    capitalization: "Skriv fler än den första bokstaven med versal.",
    dates: "Undvik datum och årtal som har med dig att göra.",
    recentYears: "Undvik de senaste åren.",
    associatedYears: "Undvik årtal som har med dig att göra.",
    sequences: "Undvik vanliga teckenföljder.",
    repeated: "Undvik upprepade ord och tecken.",
    longerKeyboardPattern: "Använd längre tangentmönster och byt riktning flera gånger.",
    anotherWord: "Lägg till fler ord som är mindre vanliga.",
    useWords: "Använd flera ord, men undvik vanliga fraser.",
    noNeed: "Du kan skapa starka lösenord utan specialtecken, siffror eller versaler.",
    pwned: "Om du använder lösenordet någon annanstans bör du byta det.",
  },
  timeEstimation: {
    ltSecond: "mindre än en sekund",
    second: "{base} sekund",
    seconds: "{base} sekunder",
    minute: "{base} minut",
    minutes: "{base} minuter",
    hour: "{base} timme",
    hours: "{base} timmar",
    day: "{base} dygn",
    days: "{base} dygn",
    month: "{base} månad",
    months: "{base} månader",
    year: "{base} år",
    years: "{base} år",
    centuries: "århundraden",
  },
};
