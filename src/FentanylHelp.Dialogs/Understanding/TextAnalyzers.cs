using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Es;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace FentanylHelp.Dialogs.Understanding;

/// <summary>
/// Lucene analyzers for the two languages. Deliberately light: lower case, accents folded, common
/// function words dropped, plurals and simple endings trimmed. Heavier stemmers (Snowball) mangle the
/// misspellings people type ("fentynal"), which then no longer sit one or two edits from the right word, so
/// <see cref="Stemmer"/> is applied only after a typed word has been matched to a written one.
/// </summary>
internal static class TextAnalyzers
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    public static Analyzer For(string language) => language == "es" ? new SpanishLight() : new EnglishLight();

    /// <summary>No stop words, no stemming: crisis phrases are matched word for word (with fuzzy words).</summary>
    public static Analyzer Plain() => new PlainAnalyzer();

    private sealed class EnglishLight : Analyzer
    {
        /// <summary>Kept although Lucene lists them: "not useful" and "useful" ask for different answers.</summary>
        private static readonly string[] Negations = ["no", "not"];

        /// <summary>
        /// Lucene's English stop words plus the small words of questions ("what do i do", "can you"): alone
        /// they say nothing about the topic, and phrases made of them would match any question.
        /// </summary>
        private static readonly CharArraySet StopWords = new(Version,
            EnglishAnalyzer.DefaultStopSet.Select(word => word.ToString()!)
                .Except(Negations)
                .Concat(["what", "whats", "how", "do", "does", "did", "i", "im", "me", "my", "you", "your", "can", "could", "should", "would", "about", "so", "just", "pls", "please", "plz", "we", "our", "he", "she", "his", "her", "him", "its", "from", "up", "any", "some", "am", "u", "ur", "r", "ya", "lol", "tho"])
                .ToList(),
            ignoreCase: true);

        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = new StandardTokenizer(Version, reader);
            TokenStream stream = new LowerCaseFilter(Version, source);
            stream = new ASCIIFoldingFilter(stream);
            stream = new StopFilter(Version, stream, StopWords);
            stream = new EnglishMinimalStemFilter(stream);
            return new TokenStreamComponents(source, stream);
        }
    }

    private sealed class SpanishLight : Analyzer
    {
        /// <summary>
        /// Lucene's Spanish stop words plus the filler of texting ("q", "xq", "porfa"): alone they carry no topic,
        /// and left in they lower a long message's fit with every node.
        /// </summary>
        /// <summary>
        /// Kept although Lucene lists them, as English keeps "who", "where" and "when": "quien me puede ayudar"
        /// asks who helps, "de donde viene" where it comes from, "contra" what is done against it, and "no me
        /// sirvio" is not "me sirvio".
        /// </summary>
        private static readonly string[] KeptWords = ["quien", "quienes", "donde", "cuando", "contra", "no"];

        private static readonly CharArraySet StopWords = new(Version,
            SpanishAnalyzer.DefaultStopSet.Select(word => Fold(word.ToString()!))
                .Except(KeptWords)
                .Concat(["q", "k", "xq", "pq", "porq", "porfa", "porfavor", "favor", "plis", "pls", "xfa", "oye", "osea", "pues", "pos"])
                .ToList(),
            ignoreCase: true);

        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = new StandardTokenizer(Version, reader);
            TokenStream stream = new LowerCaseFilter(Version, source);
            stream = new ASCIIFoldingFilter(stream);
            stream = new StopFilter(Version, stream, StopWords);
            stream = new SpanishLightStemFilter(stream);
            return new TokenStreamComponents(source, stream);
        }

        private static string Fold(string word) => Engine.TextNormalizer.Normalize(word);
    }

    private sealed class PlainAnalyzer : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = new StandardTokenizer(Version, reader);
            TokenStream stream = new LowerCaseFilter(Version, source);
            stream = new ASCIIFoldingFilter(stream);
            return new TokenStreamComponents(source, stream);
        }
    }

    /// <summary>
    /// The Snowball stem of an analyzed word, so that forms of one verb or noun meet ("dejo", "dejar", "dejando";
    /// "overdosing", "overdosed"). Not part of the analyzers: typos are matched on the written words, whose
    /// stems are then compared, since a stemmer cuts a misspelled word somewhere else than the right one.
    /// </summary>
    public static Func<string, string> Stemmer(string language)
    {
        Lucene.Net.Tartarus.Snowball.SnowballProgram stemmer = language == "es"
            ? new Lucene.Net.Tartarus.Snowball.Ext.SpanishStemmer()
            : new Lucene.Net.Tartarus.Snowball.Ext.EnglishStemmer();
        return word =>
        {
            // One stemmer object per language holds state between calls; messages may arrive on several threads.
            lock (stemmer)
            {
                stemmer.SetCurrent(word);
                stemmer.Stem();
                return stemmer.Current;
            }
        };
    }

    /// <summary>The analyzed terms of a text, in order.</summary>
    public static List<string> Terms(Analyzer analyzer, string text)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }
}
