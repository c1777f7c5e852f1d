using FentanylHelp.ContentTools;

return ContentToolsCommand.Run(args, Console.Out, Console.Error, Directory.GetCurrentDirectory(), TimeProvider.System);
