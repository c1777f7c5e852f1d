namespace FentanylHelp.Dialogs.Quality;

/// <summary>The two reading-level formulas the gates use.</summary>
public static class ReadabilityFormulas
{
    /// <summary>
    /// Flesch–Kincaid grade level: the US school grade that can read the text.
    /// 0.39 × (words / sentences) + 11.8 × (syllables / words) − 15.59
    /// (Kincaid, Fishburne, Rogers and Chissom, 1975, Naval Technical Training Command report 8-75).
    /// </summary>
    public static double FleschKincaidGrade(TextStatistics statistics) =>
        statistics.Words == 0 ? 0 : (0.39 * statistics.WordsPerSentence) + (11.8 * statistics.SyllablesPerWord) - 15.59;

    /// <summary>
    /// Fernández-Huerta readability (lecturabilidad), 0–100, higher is easier; 60–70 is normal adult text.
    /// L = 206.84 − 0.60 P − 1.02 F, with P the syllables per 100 words and F the words per sentence
    /// (Fernández Huerta, J., 1959, "Medidas sencillas de lecturabilidad", Consigna 214: 29–32).
    /// F is read as words per sentence, the corrected reading of Gwillim Law (2011, "Error in the Fernandez
    /// Huerta Readability Formula"), used by legible.es and textstat. The often-printed reading, sentences
    /// per 100 words, would score a text of short sentences as harder, the opposite of Flesch's formula
    /// that Fernández Huerta adapted, and would push writers towards long sentences.
    /// </summary>
    public static double FernandezHuerta(TextStatistics statistics) =>
        statistics.Words == 0 ? 0 : 206.84 - (0.60 * 100 * statistics.SyllablesPerWord) - (1.02 * statistics.WordsPerSentence);
}
