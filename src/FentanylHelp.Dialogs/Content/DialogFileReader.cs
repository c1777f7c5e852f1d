namespace FentanylHelp.Dialogs.Content;

/// <summary>Reads one <c>*.dialog.yaml</c> file: a topic and its nodes.</summary>
internal static class DialogFileReader
{
    public static List<DialogNode> Read(YamlFields file, string path, List<Diagnostic> diagnostics)
    {
        var dialog = file.String("dialog", required: true) ?? Path.GetFileName(path);
        file.Text("title");
        var nodes = file.Mappings("nodes").Select(file.Child).Select(node => ReadNode(node, dialog)).OfType<DialogNode>().ToList();
        if (nodes.Count == 0)
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.InvalidFile, file.Location, "a dialog needs at least one node under 'nodes:'"));
        }

        file.ReportUnknownFields();
        return nodes;
    }

    private static DialogNode? ReadNode(YamlFields node, string dialog)
    {
        var id = node.String("id", required: true);
        var title = node.Text("title");
        var text = node.Text("text", required: true);
        var facts = node.StringList("facts");
        var card = node.String("card");
        var next = node.String("next");
        var ask = node.Phrases("ask");
        var choices = node.Mappings("choices").Select(node.Child).Select(ReadChoice).OfType<Choice>().ToList();
        node.ReportUnknownFields();
        return id is null ? null : new DialogNode(id, dialog, node.Location, title, text, facts, card, choices, next, ask);
    }

    private static Choice? ReadChoice(YamlFields choice)
    {
        var label = choice.Text("label", required: true);
        var signal = choice.String("signal");
        var targets = new List<(ChoiceAction Action, string? Target)>();
        if (choice.String("goto") is { } gotoTarget)
        {
            targets.Add((ChoiceAction.Goto, gotoTarget));
        }

        if (choice.String("call") is { } callTarget)
        {
            targets.Add((ChoiceAction.Call, callTarget));
        }

        if (choice.Flag("return"))
        {
            targets.Add((ChoiceAction.Return, null));
        }

        if (choice.String("command") is { } commandName)
        {
            targets.Add((ChoiceAction.Command, commandName));
        }

        choice.ReportUnknownFields();
        if (targets.Count != 1)
        {
            choice.Report(DiagnosticCodes.ChoiceWithoutTarget, choice.Root, targets.Count == 0
                ? "choice has no target: give it one of goto, call, return or command"
                : "choice has more than one target: give it only one of goto, call, return or command");
            return null;
        }

        var (action, target) = targets[0];
        GlobalCommand? command = null;
        if (action == ChoiceAction.Command)
        {
            if (!GlobalCommands.TryParse(target, out var parsed))
            {
                choice.Report(DiagnosticCodes.UnknownCommand, choice.Root, $"unknown command '{target}'");
                return null;
            }

            command = parsed;
            target = null;
        }

        return label is null ? null : new Choice(label, action, target, command, signal, choice.Location);
    }
}
