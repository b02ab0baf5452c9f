using Spectre.Console;
using WireIngest;

// WireIngest: reads folders of story files or feed files with every core, writes the stories as JSON Lines
// (or just counts them), and ends with one line per failed story: file:story:line:column: message.
//
//   dotnet run --project samples/WireIngest -- samples/WireIngest/Feeds
//   dotnet run --project samples/WireIngest -- --layout ap --out stories.jsonl my-feeds/

string? layoutName = null;
string? outPath = null;
int cores = Environment.ProcessorCount;
bool progressBar = true;
bool verbose = false;
var paths = new List<string>();
for (int i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--layout" when i + 1 < args.Length: layoutName = args[++i]; break;
        case "--out" when i + 1 < args.Length: outPath = args[++i]; break;
        case "--summary": outPath = null; break;
        case "--cores" when i + 1 < args.Length && int.TryParse(args[i + 1], out int n) && n > 0: cores = n; i++; break;
        case "--no-progress": progressBar = false; break;
        case "--verbose": verbose = true; break;
        case "-h" or "--help": return Usage(0);
        default:
            if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                return Usage(2);
            }

            paths.Add(args[i]);
            break;
    }
}

if (paths.Count == 0)
{
    paths.Add(Path.Combine(AppContext.BaseDirectory, "Feeds"));
}

IIngestLayout? layout = null;
if (layoutName is not null && (layout = IngestLayouts.Find(layoutName)) is null)
{
    Console.Error.WriteLine($"unknown layout '{layoutName}'");
    return Usage(2);
}

List<(string File, IIngestLayout Layout)> files;
try
{
    files = Ingest.FindFiles(paths, layout);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}

string baseDirectory = Path.GetFullPath(".");
string Display(string file)
{
    string relative = Path.GetRelativePath(baseDirectory, file);
    return relative.StartsWith("..", StringComparison.Ordinal) ? file : relative;
}

using Stream? output = outPath is null ? null : new BufferedStream(File.Create(outPath), 1 << 20);
var progress = new IngestProgress();
IngestReport report;
if (progressBar && AnsiConsole.Profile.Capabilities.Interactive)
{
    report = null!;
    await AnsiConsole.Progress()
        .AutoClear(false)
        .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
        .StartAsync(async context =>
        {
            ProgressTask task = context.AddTask("files", maxValue: Math.Max(files.Count, 1));
            var clock = System.Diagnostics.Stopwatch.StartNew();
            Task<IngestReport> run = Task.Run(() => Ingest.Run(files, cores, output, progress, Display));
            while (!run.IsCompleted)
            {
                Show(task, clock.Elapsed);
                await Task.WhenAny(run, Task.Delay(100));
            }

            report = await run;
            Show(task, clock.Elapsed);
        });
}
else
{
    report = Ingest.Run(files, cores, output, progress, Display);
}

Console.WriteLine($"{report.Files} files, {report.Stories} stories, {report.Failures.Count} failed, {report.Bytes / 1e6:F2} MB in {report.Elapsed.TotalSeconds:F2} s ({report.MegabytesPerSecond:F1} MB/s on {report.Cores} cores){(outPath is null ? string.Empty : ", JSON Lines in " + outPath)}");
foreach (IngestFailure failure in report.Failures)
{
    Console.WriteLine(failure);
    if (verbose)
    {
        Console.WriteLine("    " + failure.Detail.Replace("\n", "\n    "));
    }
}

return report.Failures.Count == 0 ? 0 : 1;

void Show(ProgressTask task, TimeSpan elapsed)
{
    task.Value = progress.Files;
    double rate = progress.Bytes / 1e6 / Math.Max(elapsed.TotalSeconds, 1e-3);
    task.Description = Markup.Escape($"{progress.Files}/{files.Count} files, {progress.Stories} stories, {rate:F1} MB/s, {progress.Errors} errors");
}

static int Usage(int code)
{
    Console.WriteLine("usage: WireIngest [--layout NAME] [--out FILE.jsonl | --summary] [--cores N] [--no-progress] [--verbose] PATH...");
    Console.WriteLine("  PATH: story or feed files, or folders of them; without --layout, a folder named after a layout uses it.");
    Console.WriteLine("  --verbose shows each failure's whole message, with the line and a caret.");
    Console.WriteLine("  Without PATH, reads the sample feeds shipped with the tool. Exit code 1 when a story failed.");
    Console.WriteLine("layouts:");
    foreach (IIngestLayout layout in IngestLayouts.All)
    {
        Console.WriteLine($"  {layout.Name,-8} {layout.Description}");
    }

    return code;
}
