using System.Text.Json.Nodes;
using FentanylHelp.Dialogs.Engine;
using FentanylHelp.Dialogs.Understanding;

namespace FentanylHelp.Dialogs.Content;

/// <summary>Checks how the loaded pieces fit together: node links, reachability, cards, facts, required entries.</summary>
public static class ContentValidator
{
    /// <summary>Teams renders Adaptive Cards up to this version.</summary>
    public static readonly Version MaxCardVersion = new(1, 5);

    public static IEnumerable<Diagnostic> Validate(ContentCatalog catalog)
    {
        var nodes = catalog.Nodes;
        foreach (var duplicate in catalog.NodeList.GroupBy(node => node.Id).Where(group => group.Count() > 1).SelectMany(group => group.Skip(1)))
        {
            yield return new Diagnostic(DiagnosticCodes.DuplicateNode, duplicate.Location,
                $"node '{duplicate.Id}' is already defined at {nodes[duplicate.Id].Location}");
        }

        foreach (var node in catalog.NodeList)
        {
            foreach (var diagnostic in ValidateNode(node, catalog))
            {
                yield return diagnostic;
            }
        }

        foreach (var diagnostic in ValidateRequired(catalog).Concat(ValidateCards(catalog)).Concat(FindUnreachable(catalog)).Concat(ValidateCrisis(catalog)).Concat(ValidateConcepts(catalog)))
        {
            yield return diagnostic;
        }
    }

    private static IEnumerable<Diagnostic> ValidateNode(DialogNode node, ContentCatalog catalog)
    {
        if (node.Next is { } next && !catalog.Nodes.ContainsKey(next))
        {
            yield return new Diagnostic(DiagnosticCodes.UnknownNode, node.Location, $"'next' goes to unknown node '{next}'");
        }

        foreach (var choice in node.Choices.Where(choice => choice.Target is not null && !catalog.Nodes.ContainsKey(choice.Target)))
        {
            yield return new Diagnostic(DiagnosticCodes.UnknownNode, choice.Location, $"choice goes to unknown node '{choice.Target}'");
        }

        if (node.Card is { } card && !catalog.Cards.ContainsKey(card))
        {
            yield return new Diagnostic(DiagnosticCodes.UnknownCard, node.Location, $"unknown card template '{card}' (templates: {string.Join(", ", catalog.Cards.Keys.Order(StringComparer.Ordinal))})");
        }

        foreach (var fact in node.Facts.Where(fact => !catalog.Facts.ContainsKey(fact)))
        {
            yield return new Diagnostic(DiagnosticCodes.UnknownFact, node.Location, $"unknown fact id '{fact}' (add it to sources.yaml)");
        }

        if (node.Choices.Count == 0 && node.Next is null)
        {
            yield return new Diagnostic(DiagnosticCodes.DeadEnd, node.Location, $"node '{node.Id}' is a dead end: give it choices or 'next'");
        }
    }

    private static IEnumerable<Diagnostic> ValidateRequired(ContentCatalog catalog)
    {
        var start = new SourceLocation("dialogs", 1);
        foreach (var id in ContentCatalog.RequiredNodes.All.Where(id => !catalog.Nodes.ContainsKey(id)))
        {
            yield return new Diagnostic(DiagnosticCodes.MissingRequired, start, $"the bot needs a node with id '{id}'");
        }

        foreach (var key in StringKeys.All.Where(key => !catalog.Strings.ContainsKey(key)))
        {
            yield return new Diagnostic(DiagnosticCodes.MissingRequired, new SourceLocation($"dialogs/{ContentLoader.StringsFile}", 1), $"the bot needs a string '{key}'");
        }

        foreach (var command in Enum.GetValues<GlobalCommand>().Where(command => catalog.Commands.All(words => words.Command != command)))
        {
            yield return new Diagnostic(DiagnosticCodes.MissingRequired, new SourceLocation($"dialogs/{ContentLoader.CommandsFile}", 1), $"no words for the '{command.ToString().ToLowerInvariant()}' command");
        }

        // Without these the safety net behind the crisis phrases would be silently missing.
        if (catalog.CrisisConcepts.Concepts.Count == 0)
        {
            yield return new Diagnostic(DiagnosticCodes.MissingRequired, new SourceLocation($"dialogs/{ContentLoader.ConceptsFile}", 1), "the bot needs the crisis concepts and rules");
        }

        if (!catalog.CrisisExamples.Any(example => example.Label == CrisisExample.None) || catalog.CrisisExamples.All(example => example.Label == CrisisExample.None))
        {
            yield return new Diagnostic(DiagnosticCodes.MissingRequired, new SourceLocation($"dialogs/{ContentLoader.ExamplesFile}", 1), "the bot needs labelled crisis examples, both emergencies and 'none'");
        }

        foreach (var category in catalog.Crisis.Where(category => !catalog.Nodes.ContainsKey(category.ReplyNode)))
        {
            yield return new Diagnostic(DiagnosticCodes.UnknownNode, category.Location, $"crisis '{category.Name}' replies with unknown node '{category.ReplyNode}'");
        }
    }

    private static IEnumerable<Diagnostic> ValidateCards(ContentCatalog catalog)
    {
        foreach (var card in catalog.Cards.Values)
        {
            var version = (card.Json["version"] as JsonValue)?.ToString();
            if ((string?)card.Json["type"] != "AdaptiveCard" || !Version.TryParse(version, out var parsed) || parsed > MaxCardVersion)
            {
                yield return new Diagnostic(DiagnosticCodes.InvalidCard, card.Location,
                    $"card '{card.Name}' must be an AdaptiveCard with a version of {MaxCardVersion} or lower (found '{version}')");
            }

            foreach (var key in CardRenderer.StringReferences(card.Json).Where(key => !catalog.Strings.ContainsKey(key)))
            {
                yield return new Diagnostic(DiagnosticCodes.InvalidCard, card.Location, $"card '{card.Name}' uses unknown string '{key}'");
            }
        }
    }

    /// <summary>Word groups that are empty or unknown, and typed content (ask phrases, labels, command words) that a crisis phrase would catch.</summary>
    private static IEnumerable<Diagnostic> ValidateCrisis(ContentCatalog catalog)
    {
        var lexicon = catalog.CrisisLexicon;
        foreach (var group in lexicon.Groups.Where(group => group.Members.All(member => TextNormalizer.Normalize(member).Length == 0)))
        {
            yield return new Diagnostic(DiagnosticCodes.EmptyCrisisGroup, group.Location, $"crisis word group '{group.Name}' ({group.Language}) has no words");
        }

        var detector = catalog.CrisisDetector;
        foreach (var (phrase, language, name, line) in detector.UnknownGroups)
        {
            var known = string.Join(", ", lexicon.Groups.Where(group => group.Language == language).Select(group => group.Name));
            yield return new Diagnostic(DiagnosticCodes.UnknownCrisisGroup, line, $"crisis phrase '{phrase}' names unknown {language} word group '{name}' (groups: {known})");
        }

        var typed = catalog.NodeList
            .SelectMany(node => node.Ask.All().Select(entry => (What: $"ask phrase '{entry.Phrase}' of node '{node.Id}'", Text: entry.Phrase, node.Location))
                .Concat(node.Choices.SelectMany(choice => choice.Label.ByLanguage.Values.Select(label => (What: $"choice label '{label}' of node '{node.Id}'", Text: label, choice.Location)))))
            .Concat(catalog.Commands.SelectMany(command => command.Words.All().Concat(command.Choose.All())
                .Select(entry => (What: $"command word '{entry.Phrase}'", Text: entry.Phrase, command.Location))));
        foreach (var (what, text, location) in typed)
        {
            if (detector.FirstPhraseIn(text) is { } caught)
            {
                yield return new Diagnostic(DiagnosticCodes.TakenForCrisis, location,
                    $"{what} would be taken for a crisis: it holds crisis phrase '{caught.Phrase}' ({caught.Line}); reword one of them");
            }
        }
    }

    /// <summary>Concepts named by rules, calming and urgent lists must exist; every emergency needs answers, and those nodes must exist.</summary>
    private static IEnumerable<Diagnostic> ValidateConcepts(ContentCatalog catalog)
    {
        var concepts = catalog.CrisisConcepts;
        foreach (var concept in concepts.Concepts.Where(concept => concept.Phrases.All().All(entry => TextNormalizer.Normalize(entry.Phrase).Length == 0)))
        {
            yield return new Diagnostic(DiagnosticCodes.EmptyCrisisGroup, concept.Location, $"concept '{concept.Name}' has no words");
        }

        var defined = concepts.Concepts.Select(concept => concept.Name).ToHashSet(StringComparer.Ordinal);
        var named = concepts.Rules.SelectMany(rule => rule.Slots.SelectMany(slot => slot).Select(name => (name, rule.Location)))
            .Concat(concepts.Calming.Select(calm => (name: calm.Concept, calm.Location)))
            .Concat(concepts.Urgent.Concat(concepts.NotAlone).Concat(concepts.NotNow).Select(name => (name, concepts.Location)));
        foreach (var (name, location) in named.Where(entry => !defined.Contains(entry.name)))
        {
            yield return new Diagnostic(DiagnosticCodes.UnknownConcept, location, $"unknown concept '{name}' (concepts: {string.Join(", ", defined.Order(StringComparer.Ordinal))})");
        }

        var answered = concepts.Answers.Where(answers => answers.Parts.Count == 1).Select(answers => answers.Emergency).ToHashSet(StringComparer.Ordinal);
        var emergencies = concepts.Rules.Select(rule => (rule.Emergency, rule.Location))
            .Concat(concepts.Calming.SelectMany(calm => calm.Only.Select(name => (Emergency: name, calm.Location))))
            .Concat(concepts.Answers.SelectMany(answers => answers.Parts.Select(part => (Emergency: part, answers.Location))))
            .Concat(catalog.Crisis.Select(category => (Emergency: category.Name, category.Location)));
        foreach (var (emergency, location) in emergencies.Where(entry => !answered.Contains(entry.Emergency)))
        {
            yield return new Diagnostic(DiagnosticCodes.UnknownEmergency, location, $"emergency '{emergency}' has no answers in crisis-concepts.yaml (answers: {string.Join(", ", answered.Order(StringComparer.Ordinal))})");
        }

        foreach (var node in concepts.NumbersFirst.Where(node => !catalog.Nodes.ContainsKey(node)))
        {
            yield return new Diagnostic(DiagnosticCodes.UnknownNode, concepts.Location, $"'numbers-first' names unknown node '{node}'");
        }

        foreach (var answers in concepts.Answers)
        {
            foreach (var node in new[] { answers.Now, answers.Check }.Where(node => !catalog.Nodes.ContainsKey(node)))
            {
                yield return new Diagnostic(DiagnosticCodes.UnknownNode, answers.Location, $"emergency '{answers.Emergency}' answers with unknown node '{node}'");
            }
        }
    }

    private static IEnumerable<Diagnostic> FindUnreachable(ContentCatalog catalog)
    {
        var roots = ContentCatalog.RequiredNodes.All
            .Concat(catalog.Crisis.Select(category => category.ReplyNode))
            .Concat(catalog.CrisisConcepts.Answers.SelectMany(answers => new[] { answers.Now, answers.Check }))
            .Concat(catalog.NodeList.Where(node => node.Ask.ByLanguage.Count > 0).Select(node => node.Id));
        var reached = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(roots);
        while (pending.TryPop(out var id))
        {
            if (!reached.Add(id) || !catalog.Nodes.TryGetValue(id, out var node))
            {
                continue;
            }

            foreach (var target in node.Choices.Select(choice => choice.Target).Append(node.Next).OfType<string>())
            {
                pending.Push(target);
            }
        }

        return catalog.Nodes.Values
            .Where(node => !reached.Contains(node.Id))
            .Select(node => new Diagnostic(DiagnosticCodes.UnreachableNode, node.Location,
                $"node '{node.Id}' cannot be reached: no choice, 'next', command or ask phrase leads to it"));
    }

}
