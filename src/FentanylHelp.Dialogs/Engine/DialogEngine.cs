using System.Globalization;
using FentanylHelp.Dialogs.Content;
using FentanylHelp.Dialogs.Understanding;

namespace FentanylHelp.Dialogs.Engine;

/// <summary>
/// Runs one turn of a scripted conversation. Host-agnostic: it takes a <see cref="TurnInput"/> and the
/// saved <see cref="DialogState"/>, updates the state and returns the replies to render. The crisis check
/// comes before anything else on every turn.
/// </summary>
public sealed class DialogEngine(
    ContentCatalog catalog,
    CrisisTriage crisisTriage,
    IIntentRecognizer recognizer,
    TimeProvider time,
    DialogEngineOptions options)
{
    private readonly ReplyFactory replies = new(catalog);
    private readonly Dictionary<string, (GlobalCommand Command, string? Language)> commandWords = BuildCommandWords(catalog);
    private readonly ContentLanguageWords contentWords = new(catalog);

    public ContentCatalog Catalog => catalog;

    public TurnResult Turn(TurnInput input, DialogState state)
    {
        Refresh(state);
        var expectedLanguage = state.Language ?? catalog.LanguageForLocale(input.Locale);
        var crisis = input.IsConversationStart ? null : crisisTriage.Assess(input.Text).Decision;
        var check = state.Check;
        state.Check = null;
        var turn = new TurnRun(catalog, replies, state, ChooseLanguage(input, state, crisis?.Language));

        if (input.IsConversationStart)
        {
            turn.Restart();
            return turn.Result();
        }

        if (crisis is { Certain: true })
        {
            turn.Emergency(crisis);
            return turn.Result();
        }

        if (crisis is not null)
        {
            // Maybe an emergency: ask first, with the numbers on the card, then answer the question as usual
            // (unless that answer already leads with the emergency numbers).
            if (!TryFollowInput(input, turn, state, check: null))
            {
                turn.EndAfterCheck(crisis);
            }
            else if (catalog.CrisisConcepts.LeadsWithNumbers(state.Node))
            {
                turn.NoteCheck(crisis);
            }
            else
            {
                turn.Check(crisis);
            }

            // Asked for one turn, whatever the answer did to the state: a typed "yes" next answers the check.
            state.Check = crisis.ReplyNode;
            return turn.Result();
        }

        var languageDetected = expectedLanguage != turn.Language;
        if (!TryFollowInput(input, turn, state, check))
        {
            turn.NotUnderstood();
        }

        if (languageDetected)
        {
            turn.NoteLanguageDetected(afterAnswer: catalog.CrisisConcepts.LeadsWithNumbers(state.Node));
        }

        return turn.Result();
    }

    /// <param name="check">The "is this happening now?" node asked on the last turn: a typed "yes" answers it.</param>
    private bool TryFollowInput(TurnInput input, TurnRun turn, DialogState state, string? check)
    {
        var suggestions = state.Suggestions;
        state.Suggestions = [];
        if (input.Value is { } value)
        {
            return TryFollowSubmit(value, turn, suggestions);
        }

        var text = input.Text;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var normalized = TextNormalizer.Normalize(text);
        if (commandWords.TryGetValue(normalized, out var command))
        {
            turn.Command(command.Command, command.Language);
            return true;
        }

        if (MatchSuggestion(suggestions, normalized) is { } suggested)
        {
            turn.Answer(suggested);
            return true;
        }

        if (check is not null && catalog.Nodes.TryGetValue(check, out var asked) && MatchChoice(asked, normalized, turn.Language) is { } answer)
        {
            turn.Choose(asked, answer);
            return true;
        }

        if (state.Node is not null && catalog.Nodes.TryGetValue(state.Node, out var current) && MatchChoice(current, normalized, turn.Language) is { } choice)
        {
            turn.Choose(current, choice);
            return true;
        }

        // A number alone picks a button; when it picks none, it is no question either ("2" must not match "schedule 2").
        var question = !normalized.All(char.IsAsciiDigit);
        if (question && Understand(text, turn) is { Count: > 0 } candidates)
        {
            if (candidates.Count == 1)
            {
                turn.Answer(candidates[0]);
            }
            else
            {
                turn.Suggest(candidates);
            }

            return true;
        }

        if (state.Node is null)
        {
            // A first message the bot cannot place still deserves the welcome, not an apology.
            turn.Restart();
            return true;
        }

        return false;
    }

    /// <summary>
    /// What a question asks for: one node when the best match is clear, several when two or three are
    /// about as good (the person picks), none when nothing matches well enough.
    /// </summary>
    private List<string> Understand(string text, TurnRun turn)
    {
        var recognized = recognizer.Recognize(text, turn.Language);
        var intents = recognized.Where(intent => catalog.Nodes.ContainsKey(intent.Node)).ToList();
        turn.Candidates = intents;
        if (intents.Count == 0 || intents[0].Coverage < options.SuggestCoverage || recognized[0].IsOffTopic)
        {
            return [];
        }

        var best = intents[0];
        var close = intents
            .Where(intent => intent.Coverage >= options.SuggestCoverage && intent.Score >= best.Score * options.AmbiguityRatio)
            .Take(options.MaxSuggestions)
            .Select(intent => intent.Node)
            .ToList();
        return best.Coverage >= options.AcceptCoverage && close.Count == 1 ? [best.Node] : close;
    }

    private string? MatchSuggestion(List<string> suggestions, string normalized)
    {
        if (suggestions.Count == 0)
        {
            return null;
        }

        if (int.TryParse(normalized, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return number >= 1 && number <= suggestions.Count ? suggestions[number - 1] : null;
        }

        return suggestions.FirstOrDefault(node => catalog.Languages.Any(language => TextNormalizer.Normalize(replies.TopicLabel(node, language)) == normalized));
    }

    private bool TryFollowSubmit(IReadOnlyDictionary<string, string> value, TurnRun turn, List<string> suggestions)
    {
        // "Did you mean…?" buttons, and deep links, name a topic: only offered topics or nodes with ask phrases.
        if (value.TryGetValue(SubmitKeys.Node, out var topic) && catalog.Nodes.TryGetValue(topic, out var topicNode)
            && (suggestions.Contains(topic) || topicNode.Ask.ByLanguage.Count > 0))
        {
            turn.Answer(topic);
            return true;
        }

        if (value.TryGetValue(SubmitKeys.Command, out var commandName) && GlobalCommands.TryParse(commandName, out var command))
        {
            turn.Command(command, value.GetValueOrDefault(SubmitKeys.Language));
            return true;
        }

        // Buttons name their own node, so a tap on an older card still does what its label says.
        if (value.TryGetValue(SubmitKeys.From, out var from)
            && catalog.Nodes.TryGetValue(from, out var node)
            && value.TryGetValue(SubmitKeys.Choice, out var number)
            && int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && index >= 1 && index <= node.Choices.Count)
        {
            turn.Choose(node, node.Choices[index - 1]);
            return true;
        }

        return false;
    }

    /// <summary>A choice typed by its number ("2") or its label, ignoring capitals, accents and punctuation.</summary>
    private static Choice? MatchChoice(DialogNode node, string normalized, string language)
    {
        if (int.TryParse(normalized, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return number >= 1 && number <= node.Choices.Count ? node.Choices[number - 1] : null;
        }

        return node.Choices.FirstOrDefault(choice => TextNormalizer.Normalize(choice.Label.For(language)) == normalized)
            ?? node.Choices.FirstOrDefault(choice => choice.Label.ByLanguage.Values.Any(label => TextNormalizer.Normalize(label) == normalized));
    }

    private void Refresh(DialogState state)
    {
        var now = time.GetUtcNow();
        var expired = state.LastActive is { } last && now - last > options.Expiry;
        var unreadable = state.Version != DialogState.CurrentVersion
            || (state.Node is not null && !catalog.Nodes.ContainsKey(state.Node))
            || state.CallStack.Any(node => !catalog.Nodes.ContainsKey(node));
        if (expired || unreadable)
        {
            // Content changed or the conversation went idle: start clean rather than guess.
            state.Reset();
            state.Language = expired ? null : state.Language;
        }

        // "Back" to a node a content update removed is dropped from the history rather than failing later.
        state.History.RemoveAll(position => !catalog.Nodes.ContainsKey(position.Node) || position.CallStack.Any(node => !catalog.Nodes.ContainsKey(node)));
        state.LastActive = now;
    }

    /// <summary>
    /// The language of this turn: the saved one, else the channel's locale; and, unless the person picked a
    /// language themselves, the language their message is clearly written in (by its small words, else by words
    /// only one language's content uses, else by the language of the crisis words it holds).
    /// </summary>
    /// <param name="hint">The language of the crisis phrase that matched, used when the words alone do not tell.</param>
    private string ChooseLanguage(TurnInput input, DialogState state, string? hint)
    {
        if (state.Language is not { } language || !catalog.Languages.Contains(language))
        {
            language = catalog.LanguageForLocale(input.Locale);
        }

        if (!state.LanguageChosen && (LanguageGuesser.Guess(input.Text) ?? contentWords.Guess(input.Text) ?? hint) is { } written && catalog.Languages.Contains(written))
        {
            language = written;
        }

        state.Language = language;
        return language;
    }

    private static Dictionary<string, (GlobalCommand Command, string? Language)> BuildCommandWords(ContentCatalog catalog)
    {
        var words = new Dictionary<string, (GlobalCommand, string?)>(StringComparer.Ordinal);
        foreach (var entry in catalog.Commands)
        {
            foreach (var (language, word) in entry.Choose.All())
            {
                words.TryAdd(TextNormalizer.Normalize(word), (entry.Command, language));
            }

            foreach (var (_, word) in entry.Words.All())
            {
                words.TryAdd(TextNormalizer.Normalize(word), (entry.Command, null));
            }
        }

        return words;
    }
}
