// Strings of quizzes, exams and results (issue 6), French first and English.
export const examFr = {} as const;

export const examEn: Record<keyof typeof examFr, string> = {};
