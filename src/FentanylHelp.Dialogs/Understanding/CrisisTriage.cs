using FentanylHelp.Dialogs.Content;

namespace FentanylHelp.Dialogs.Understanding;

/// <summary>
/// Decides, for every message, whether it signals an emergency, and how sure the bot is. Three detectors look:
/// the crisis phrases (crisis.yaml, written sentence by sentence), the concepts behind them (crisis-concepts.yaml:
/// who, a sign, a substance or means, intent, time), so wording nobody wrote down still meets a rule such as
/// "someone + unresponsive", and a classifier learned from labelled messages (crisis-examples.tsv). Each emergency
/// gets a level: 2 (now: the emergency card), 1 (check: "is this happening right now?" with the numbers on the
/// card) or 0. A phrase is worth 2, a rule its own level; calming concepts (a story in the past, a "what if", a
/// joke) take their weight off, except that an urgent word ("right now", "ahorita") cancels the light ones, and
/// that against two agreeing signs told in the present the light ones lower the card to a check at most. The
/// classifier weighs in last: the card stands where it agrees and is asked as a check where it does not, a check
/// it finds very unlikely is left out, and it asks on its own about wording the rules missed. Recall comes
/// first: a check costs one tap, a missed emergency can cost a life.
/// </summary>
public sealed class CrisisTriage(CrisisDetector phrases, ConceptDetector concepts, CrisisClassifier classifier, CrisisConcepts rules)
{
    private const int Now = 2;
    private const int Check = 1;

    /// <summary>Known words a message needs before the classifier may ask about it on its own, without a sign or intent found.</summary>
    private const int MinWordsAlone = 3;

    /// <summary>How much higher the classifier's chance must then be.</summary>
    private const double SurerAlone = 0.2;

    /// <summary>Calming concepts this heavy are not cancelled by an urgent word ("he is fine now").</summary>
    private const int Firm = 2;

    /// <summary>Compiles the concepts and trains the classifier on the examples: once per process.</summary>
    public static CrisisTriage Build(CrisisDetector phrases, CrisisConcepts rules, IReadOnlyList<CrisisExample> examples)
    {
        var concepts = new ConceptDetector(rules.Concepts, rules.Calming.Select(calm => calm.Concept).ToHashSet(StringComparer.Ordinal));
        var classifier = new CrisisClassifier(
            examples.Select(example => (example.Text, example.Label)),
            text => concepts.Find(text).Select(hit => hit.Concept));
        return new CrisisTriage(phrases, concepts, classifier, rules);
    }

    public CrisisAssessment Assess(string? text)
    {
        var phrase = phrases.Detect(text);
        var hits = concepts.Find(text);
        var found = hits.Select(hit => hit.Concept).ToHashSet(StringComparer.Ordinal);
        var fired = rules.Rules.Where(rule => rule.Slots.All(slot => slot.Any(found.Contains))).ToList();
        var urgent = rules.Urgent.Any(found.Contains);
        var calming = rules.Calming.Where(calm => found.Contains(calm.Concept) && (calm.Weight >= Firm || !urgent)).ToList();

        // Two rules of 'now' that agree (or a rule and a phrase) are two signs, not one: unless the story is told as not
        // happening now (in the past, or as a "what if"), light calming words may then turn the card into a check,
        // never silence it ("hoy compré una soga ... quiero q sepan q no es culpa de ellos"), and the classifier may
        // not leave that check out either.
        var toldAsNow = !calming.Any(calm => rules.NotNow.Contains(calm.Concept));
        var levels = new Dictionary<string, int>(StringComparer.Ordinal);
        var twoSigns = new HashSet<string>(StringComparer.Ordinal);
        foreach (var emergency in fired.Select(rule => rule.Emergency).Append(phrase?.Category).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            var strength = Math.Max(
                phrase?.Category == emergency ? Now : 0,
                fired.Where(rule => rule.Emergency == emergency).Select(rule => rule.Certain ? Now : Check).DefaultIfEmpty(0).Max());
            var agreeing = fired.Count(rule => rule.Emergency == emergency && rule.Certain) + (phrase?.Category == emergency ? 1 : 0);
            var guarded = agreeing >= 2 && toldAsNow;
            if (guarded)
            {
                twoSigns.Add(emergency);
            }

            var level = strength - Calm(calming, emergency, lightAtMost: guarded ? 1 : int.MaxValue);
            if (level > 0)
            {
                levels[emergency] = Math.Min(level, Now);
            }
        }

        var score = classifier.Score(text, found);
        var decision = Weigh(Decide(levels, phrase, hits), score, hits, calming, twoSigns);
        return new CrisisAssessment(decision, phrase, hits, fired, calming, urgent, levels) { Classifier = score };
    }

    /// <summary>
    /// The classifier weighs in last, learned from messages people really wrote:
    /// - a card stands only where it agrees the message is likely an emergency, and is asked as a check otherwise;
    /// - a check it finds very unlikely is left out where calming words were found too, unless two signs agree on it
    ///   in a story told as happening now ("kid passed out in gym yesterday, nurse said low blood sugar, he is back
    ///   in class"); never on its word alone;
    /// - with no card or check, it asks "is this happening now?" on its own when it is sure enough.
    /// </summary>
    private CrisisMatch? Weigh(CrisisMatch? decision, ClassifierScore? score, IReadOnlyList<ConceptHit> hits, IReadOnlyList<CalmingConcept> calming, IReadOnlySet<string> twoSigns)
    {
        if (score is null)
        {
            return decision;
        }

        if (decision is { Certain: true })
        {
            return score.Chance < rules.ClassifierCardAbove ? AsCheck(decision) : decision;
        }

        if (decision is not null)
        {
            var parts = Parts(decision);
            var leaveOut = score.Chance < rules.ClassifierQuietBelow && !parts.Any(twoSigns.Contains) && calming.Any(calm => parts.Any(calm.Applies));
            return leaveOut ? null : decision;
        }

        // Alone, it needs something to go on besides who is involved, a drug named and calming words (a sign or
        // intent: "lips blue"), or else a few known words and a higher chance: "No", "Go deeper" or "fentanyl patch"
        // say too little for it to ask about.
        var grounded = hits.Any(hit => !rules.NotAlone.Contains(hit.Concept) && !calming.Any(calm => calm.Concept == hit.Concept));
        var sure = grounded
            ? score.Chance > rules.ClassifierCheckAbove
            : score.Words >= MinWordsAlone && score.Chance > rules.ClassifierCheckAbove + SurerAlone;
        return sure && rules.Answers.FirstOrDefault(answers => answers.Parts.Count == 1 && answers.Emergency == score.Emergency) is { } alone
            ? new CrisisMatch(alone.Emergency, alone.Check, Language(null, hits)) { Certain = false }
            : null;
    }

    /// <summary>How far the calming concepts lower one emergency; the light ones (weight 1) together by at most <paramref name="lightAtMost"/>.</summary>
    private static int Calm(IEnumerable<CalmingConcept> calming, string emergency, int lightAtMost = int.MaxValue)
    {
        var applying = calming.Where(calm => calm.Applies(emergency)).ToList();
        return Math.Min(lightAtMost, applying.Where(calm => calm.Weight < Firm).Sum(calm => calm.Weight)) + applying.Where(calm => calm.Weight >= Firm).Sum(calm => calm.Weight);
    }

    /// <summary>The single emergencies a decision joins ("overdose+suicide" is two).</summary>
    private IReadOnlyList<string> Parts(CrisisMatch decision) =>
        rules.Answers.FirstOrDefault(answers => answers.Emergency == decision.Category)?.Parts ?? [decision.Category];

    /// <summary>The same emergency, asked about first rather than answered with the card.</summary>
    private CrisisMatch AsCheck(CrisisMatch decision) =>
        rules.Answers.FirstOrDefault(answers => answers.Emergency == decision.Category) is { } answers
            ? decision with { ReplyNode = answers.Check, Certain = false }
            : decision;

    /// <summary>The first answer (in crisis-concepts.yaml order) whose emergencies were all found; so list joined ones ("overdose+suicide") first.</summary>
    private CrisisMatch? Decide(Dictionary<string, int> levels, CrisisMatch? phrase, IReadOnlyList<ConceptHit> hits)
    {
        if (levels.Count == 0)
        {
            return null;
        }

        foreach (var answers in rules.Answers)
        {
            var parts = answers.Parts;
            if (!parts.All(levels.ContainsKey))
            {
                continue;
            }

            var certain = parts.Any(part => levels[part] >= Now);
            if (!certain && parts.Count == 1 && levels.Any(level => level.Value >= Now))
            {
                // A check never stands in front of another emergency the bot is sure of.
                continue;
            }

            return new CrisisMatch(answers.Emergency, certain ? answers.Now : answers.Check, Language(phrase, hits)) with
            {
                Certain = certain,
                Phrase = phrase?.Phrase,
                Line = phrase?.Line,
            };
        }

        // An emergency with no answers in crisis-concepts.yaml (the validator reports it): its phrase's own node.
        return phrase is not null && levels.ContainsKey(phrase.Category) ? phrase : null;
    }

    /// <summary>The language of the phrase that matched, else the language most of the concepts were found in.</summary>
    private static string? Language(CrisisMatch? phrase, IReadOnlyList<ConceptHit> hits)
    {
        if (phrase?.Language is { } language)
        {
            return language;
        }

        var counts = hits.GroupBy(hit => hit.Language).Select(group => (Language: group.Key, Count: group.Count())).OrderByDescending(pair => pair.Count).ToList();
        return counts.Count == 1 || (counts.Count > 1 && counts[0].Count > counts[1].Count) ? counts[0].Language : null;
    }
}

/// <summary>Everything the triage saw in one message, for the engine (the decision) and for explaining it (the rest).</summary>
public sealed record CrisisAssessment(
    CrisisMatch? Decision,
    CrisisMatch? Phrase,
    IReadOnlyList<ConceptHit> Concepts,
    IReadOnlyList<ConceptRule> Rules,
    IReadOnlyList<CalmingConcept> Calming,
    bool Urgent,
    IReadOnlyDictionary<string, int> Levels)
{
    /// <summary>What the classifier made of the message, if it has a model.</summary>
    public ClassifierScore? Classifier { get; init; }
}
