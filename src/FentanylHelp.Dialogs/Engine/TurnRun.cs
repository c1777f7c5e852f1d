using FentanylHelp.Dialogs.Content;
using FentanylHelp.Dialogs.Understanding;

namespace FentanylHelp.Dialogs.Engine;

/// <summary>The moves of one turn (enter a node, call a branch, run a command), collecting replies as it goes.</summary>
internal sealed class TurnRun(ContentCatalog catalog, ReplyFactory factory, DialogState state, string startLanguage)
{
    /// <summary>Longest chain of 'next' links followed in one turn; the validator cannot rule out loops.</summary>
    private const int MaxChain = 10;

    private readonly List<Reply> replies = [];
    private readonly List<string> signals = [];
    private CrisisMatch? crisis;
    private string language = startLanguage;

    public string Language => language;

    /// <summary>What the recognizer weighed this turn, if it was asked.</summary>
    public IReadOnlyList<Intent> Candidates { get; set; } = [];

    public TurnResult Result() => new(replies, language, signals, crisis, Candidates);

    public void Restart()
    {
        var keepLanguage = state.Language;
        state.Reset();
        state.Language = keepLanguage;
        Enter(ContentCatalog.RequiredNodes.Welcome);
    }

    /// <summary>
    /// Says, in both languages, that the bot switched to the language the person writes in: before the answer, or
    /// after it when the answer leads with the emergency numbers (nothing comes before those).
    /// </summary>
    public void NoteLanguageDetected(bool afterAnswer) =>
        replies.Insert(afterAnswer ? replies.Count : 0, factory.ForString(StringKeys.LanguageDetected, language));

    /// <summary>The emergency answer first; then the conversation can go on from where it was.</summary>
    public void Emergency(CrisisMatch match)
    {
        crisis = match;
        replies.Add(factory.ForNode(catalog.Nodes[match.ReplyNode], language));
        if (state.Node is null)
        {
            state.Node = match.ReplyNode;
        }
        else
        {
            replies.Add(factory.ForString(StringKeys.ResumeAfterEmergency, language, factory.ChoicesOf(state.Node, language)));
        }
    }

    /// <summary>
    /// Maybe an emergency: "is this happening right now?" with the numbers on its card, before the answer to the
    /// question (already collected): the conversation goes on from that answer.
    /// </summary>
    public void Check(CrisisMatch match)
    {
        crisis = match;
        replies.Insert(0, factory.ForNode(catalog.Nodes[match.ReplyNode], language));
    }

    /// <summary>A check the answer made unneeded (it leads with the emergency numbers itself): counted, not shown.</summary>
    public void NoteCheck(CrisisMatch match) => crisis = match;

    /// <summary>A check with nothing else to answer needs no apology: the check's own choices carry on from here.</summary>
    public void EndAfterCheck(CrisisMatch match)
    {
        Check(match);
        Remember();
        state.Node = match.ReplyNode;
    }

    /// <summary>A recognized question: answer it directly, as a fresh topic.</summary>
    public void Answer(string node)
    {
        state.Misses = 0;
        if (node is ContentCatalog.RequiredNodes.Help or ContentCatalog.RequiredNodes.Privacy)
        {
            // Asked in words ("is this chat private?"), these are side visits like their commands: "Go back" returns here.
            CallFromHere(node);
            return;
        }

        Remember();
        state.CallStack.Clear();
        Enter(node);
    }

    /// <summary>Several topics fit about as well: ask which one was meant.</summary>
    public void Suggest(IReadOnlyList<string> nodes)
    {
        state.Misses = 0;
        state.Suggestions = [.. nodes];
        var choices = nodes.Select(node => new ReplyChoice(
            factory.TopicLabel(node, language),
            new Dictionary<string, string>(StringComparer.Ordinal) { [SubmitKeys.Node] = node })).ToList();
        replies.Add(factory.ForString(StringKeys.DidYouMean, language, choices));
    }

    public void Choose(DialogNode from, Choice choice)
    {
        state.Misses = 0;
        if (choice.Signal is { } signal)
        {
            signals.Add(signal);
        }

        switch (choice.Action)
        {
            case ChoiceAction.Goto:
                Remember();
                Enter(choice.Target!);
                break;
            case ChoiceAction.Call:
                Remember();
                state.CallStack.Add(from.Id);
                Enter(choice.Target!);
                break;
            case ChoiceAction.Return:
                Remember();
                Return();
                break;
            case ChoiceAction.Command:
                Command(choice.Command!.Value, null);
                break;
        }
    }

    /// <param name="requestedLanguage">For the language command: the language asked for, or null to switch to the other one.</param>
    public void Command(GlobalCommand command, string? requestedLanguage)
    {
        state.Misses = 0;
        switch (command)
        {
            case GlobalCommand.Menu:
                Remember();
                state.CallStack.Clear();
                Enter(ContentCatalog.RequiredNodes.Menu);
                break;
            case GlobalCommand.Back:
                Back();
                break;
            case GlobalCommand.Restart:
                Restart();
                break;
            case GlobalCommand.Help:
                CallFromHere(ContentCatalog.RequiredNodes.Help);
                break;
            case GlobalCommand.Privacy:
                CallFromHere(ContentCatalog.RequiredNodes.Privacy);
                break;
            case GlobalCommand.Sources:
                ShowSources();
                break;
            case GlobalCommand.Language:
                SwitchLanguage(requestedLanguage);
                break;
        }

        if (state.Node is null)
        {
            // Nothing to go on from yet (a first message): offer the topics.
            Enter(ContentCatalog.RequiredNodes.Menu);
        }
    }

    /// <summary>Never a dead end: say so kindly, then show the menu (a second miss in a row also offers help).</summary>
    public void NotUnderstood()
    {
        state.Misses++;
        if (state.Misses >= 2)
        {
            replies.Add(factory.ForString(StringKeys.NotUnderstoodAgain, language));
            CallFromHere(ContentCatalog.RequiredNodes.Help);
            return;
        }

        replies.Add(factory.ForString(StringKeys.NotUnderstood, language));
        Remember();
        state.CallStack.Clear();
        Enter(ContentCatalog.RequiredNodes.Menu);
    }

    private void CallFromHere(string node)
    {
        if (state.Node == node)
        {
            // Already here (help asked for twice): show it again without stacking a second visit.
            Enter(node);
            return;
        }

        Remember();
        state.CallStack.Add(state.Node ?? ContentCatalog.RequiredNodes.Menu);
        Enter(node);
    }

    private void Return()
    {
        if (state.CallStack.Count == 0)
        {
            Enter(ContentCatalog.RequiredNodes.Menu);
            return;
        }

        var caller = state.CallStack[^1];
        state.CallStack.RemoveAt(state.CallStack.Count - 1);
        Enter(caller);
    }

    private void Back()
    {
        if (state.History.Count == 0)
        {
            replies.Add(factory.ForString(StringKeys.BackAtStart, language));
            Enter(ContentCatalog.RequiredNodes.Menu);
            return;
        }

        var previous = state.History[^1];
        state.History.RemoveAt(state.History.Count - 1);
        state.CallStack = [.. previous.CallStack];
        Enter(previous.Node);
    }

    /// <summary>Answers in the chosen language from now on, and shows where the person was again in that language.</summary>
    private void SwitchLanguage(string? requested)
    {
        var target = requested ?? catalog.Languages.FirstOrDefault(other => other != language);
        if (target is null || !catalog.Languages.Contains(target))
        {
            replies.Add(factory.ForString(StringKeys.LanguageComingSoon, language, factory.ChoicesOf(state.Node, language)));
            return;
        }

        language = target;
        state.Language = target;
        state.LanguageChosen = true;
        replies.Add(factory.ForString(StringKeys.LanguageSwitched, language));
        if (state.Node is not null)
        {
            Enter(state.Node);
        }
    }

    private void ShowSources()
    {
        var choices = factory.ChoicesOf(state.Node, language);
        var dialog = state.Node is null ? null : catalog.Nodes[state.Node].Dialog;
        replies.Add((dialog is null ? null : factory.ForSources(dialog, language, choices))
            ?? factory.ForString(StringKeys.SourcesNone, language, choices));
    }

    /// <summary>Shows a node and follows its 'next' links; the last one becomes the current node.</summary>
    private void Enter(string nodeId)
    {
        string? next = nodeId;
        for (var step = 0; next is not null && step < MaxChain; step++)
        {
            var node = catalog.Nodes[next];
            replies.Add(factory.ForNode(node, language));
            state.Node = node.Id;
            next = node.Next;
        }
    }

    /// <summary>Saves the current place so "back" can return to it.</summary>
    private void Remember()
    {
        if (state.Node is null)
        {
            return;
        }

        state.History.Add(new DialogPosition { Node = state.Node, CallStack = [.. state.CallStack] });
        if (state.History.Count > DialogState.MaxHistory)
        {
            state.History.RemoveAt(0);
        }
    }
}
