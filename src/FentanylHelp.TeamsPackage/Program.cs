using FentanylHelp.TeamsPackage;

return TeamsPackageCommand.Run(args, Console.Out, Console.Error, Directory.GetCurrentDirectory());
