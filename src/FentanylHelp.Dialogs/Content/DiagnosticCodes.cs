namespace FentanylHelp.Dialogs.Content;

/// <summary>Stable diagnostic codes; dialogs/README.md explains each one to editors.</summary>
public static class DiagnosticCodes
{
    public const string DuplicateNode = "DLG001";
    public const string UnknownNode = "DLG002";
    public const string UnreachableNode = "DLG003";
    public const string ChoiceWithoutTarget = "DLG004";
    public const string UnknownCard = "DLG005";
    public const string EmptyText = "DLG006";
    public const string UnknownFact = "DLG007";
    public const string DeadEnd = "DLG008";
    public const string InvalidFile = "DLG009";
    public const string UnknownCommand = "DLG010";
    public const string InvalidCard = "DLG011";
    public const string MissingRequired = "DLG012";
    public const string UnknownCrisisGroup = "DLG013";
    public const string EmptyCrisisGroup = "DLG014";
    public const string TakenForCrisis = "DLG015";
    public const string UnknownConcept = "DLG016";
    public const string UnknownEmergency = "DLG017";
}
