namespace FentanylHelp.Dialogs.Content;

public static class GlobalCommands
{
    /// <summary>
    /// Reads a command by its name only ("menu", "Back"). Enum.TryParse alone would also accept numbers
    /// ("1") and lists ("menu,back"), which content and card values must not be able to send.
    /// </summary>
    public static bool TryParse(string? name, out GlobalCommand command)
    {
        foreach (var candidate in Enum.GetValues<GlobalCommand>())
        {
            if (string.Equals(candidate.ToString(), name, StringComparison.OrdinalIgnoreCase))
            {
                command = candidate;
                return true;
            }
        }

        command = default;
        return false;
    }
}
