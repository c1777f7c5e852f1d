using System.ComponentModel.DataAnnotations;

namespace FentanylHelp.Bot.Content;

/// <summary>Where the dialogs live. A relative path is read from the app's own folder, where the build copies dialogs/.</summary>
public sealed class ContentOptions
{
    public const string Section = "Content";

    [Required]
    public string Path { get; set; } = "dialogs";

    public string FullPath => System.IO.Path.IsPathRooted(Path) ? Path : System.IO.Path.Combine(AppContext.BaseDirectory, Path);
}
