namespace FentanylHelp.Deployment.Tests;

/// <summary>The two bot identity types the templates support (the MicrosoftAppType values).</summary>
public enum BotIdentity
{
    UserAssignedMSI,
    SingleTenant,
}
