namespace FentanylHelp.Dialogs.Content;

/// <summary>
/// dialogs/crisis-concepts.yaml: the safety net behind the crisis phrases. Concepts are small word lists (who,
/// a sign, a substance or means, intent, time); rules say which concepts together make an emergency, and how
/// sure the bot may be; calming concepts (a story in the past, a "what if", a joke) lower that certainty.
/// </summary>
public sealed record CrisisConcepts(
    IReadOnlyList<CrisisConcept> Concepts,
    IReadOnlyList<ConceptRule> Rules,
    IReadOnlyList<CalmingConcept> Calming,
    IReadOnlyList<string> Urgent,
    IReadOnlyList<EmergencyAnswers> Answers,
    SourceLocation Location)
{
    public static readonly CrisisConcepts None = new([], [], [], [], [], new SourceLocation("dialogs/crisis-concepts.yaml", 1));

    /// <summary>Concepts that alone show no danger (who is involved, a drug named): the classifier needs more to ask on its own.</summary>
    public IReadOnlyList<string> NotAlone { get; init; } = [];

    /// <summary>Calming concepts that tell the story as not happening now: in the past ("last year", "hace años") or as a "what if".</summary>
    public IReadOnlyList<string> NotNow { get; init; } = [];

    /// <summary>Nodes that lead with the emergency numbers themselves (help-start), so no check goes before them.</summary>
    public IReadOnlyList<string> NumbersFirst { get; init; } = [];

    /// <summary>True for a node that already leads with the emergency numbers: an emergency answer, or one listed in 'numbers-first'.</summary>
    public bool LeadsWithNumbers(string? node) =>
        node is not null && (NumbersFirst.Contains(node) || Answers.Any(answers => answers.Now == node || answers.Check == node));

    /// <summary>The classifier's chance of an emergency above which it asks "is this happening now?" on its own.</summary>
    public double ClassifierCheckAbove { get; init; } = double.PositiveInfinity;

    /// <summary>The chance below which the emergency card is asked as a check first.</summary>
    public double ClassifierCardAbove { get; init; }

    /// <summary>The chance below which a check (never a card) is left out.</summary>
    public double ClassifierQuietBelow { get; init; }
}

/// <summary>One concept ("unresponsive", "child", "means") and the words that show it, per language.</summary>
public sealed record CrisisConcept(string Name, LocalizedPhrases Phrases, IReadOnlyList<SourceLocation> PhraseLines, SourceLocation Location);

/// <summary>
/// An emergency (overdose, suicide, poison, pet) shown by a set of concepts: every slot must hold one of its
/// alternatives ("someone|self", "unresponsive"). <see cref="Certain"/> rules answer with the emergency card,
/// the others ask "is this happening now?" first.
/// </summary>
public sealed record ConceptRule(string Emergency, bool Certain, IReadOnlyList<IReadOnlyList<string>> Slots, SourceLocation Location)
{
    public override string ToString() =>
        $"{Emergency} {(Certain ? "now" : "check")}: {string.Join(" + ", Slots.Select(slot => string.Join("|", slot)))}";
}

/// <summary>A concept that makes an emergency less likely, by how many steps (now → check → nothing), for some emergencies or all.</summary>
public sealed record CalmingConcept(string Concept, int Weight, IReadOnlyList<string> Only, SourceLocation Location)
{
    public bool Applies(string emergency) => Only.Count == 0 || Only.Contains(emergency);
}

/// <summary>
/// The nodes that answer an emergency ("overdose", or several joined with "+": "overdose+suicide"): the emergency
/// card, and the "is this happening now?" check. Listed in the order the bot tries them.
/// </summary>
public sealed record EmergencyAnswers(string Emergency, string Now, string Check, SourceLocation Location)
{
    public IReadOnlyList<string> Parts { get; } = Emergency.Split('+');
}
