using Newsroom.Wire;

// The layouts were compiled into a netstandard2.0 library; this app calls them as any consumer would.
const string Text =
    "SLUG ECON/0412-b\n" +
    "LISBON, April 12 (Wire) -- Portugal's central bank kept its growth forecast.\n" +
    "\n" +
    "Officials cited tourism.\n" +
    "\n" +
    "Exports slowed in March.\n" +
    "\n" +
    "-- reporting by Ana Sousa; editing by Tom Hale\n";

var failures = new List<string>();
void Check(bool ok, string what)
{
    Console.WriteLine((ok ? "ok   " : "FAIL ") + what);
    if (!ok)
    {
        failures.Add(what);
    }
}

// No '!' after TryParse: [NotNullWhen(true)] reaches this caller from the library (CS8602 otherwise).
if (DeskStory.TryParse(Text, out DeskStory? story))
{
    Check(story.Slug.Desk == "ECON" && story.Slug.Code.Span.SequenceEqual("0412-b"), "nested layout with ReadOnlyMemory<char>");
    Check(story.Dateline.City == "LISBON", "nested dateline");
    Check(story.Credit?.Editor == "Tom Hale", "optional nested layout");
    Check(story.Body.Count == 2, "list of paragraphs");
    Check(story.Format() == Text && story.ToString() == Text, "Format and ToString round-trip the text");
    Check(DeskStory.Parse(story.Format()) == story, "Parse(Format()) equals the record");
    var uncredited = story with { Credit = null };
    Check(DeskStory.Parse(uncredited.Format()) == uncredited && !uncredited.Format().Contains("--  "), "optional group left out");
}
else
{
    Check(false, "TryParse reads the story");
}

byte[] header = System.Text.Encoding.UTF8.GetBytes("Desk: 서울\n");
RawHeader raw = RawHeader.Parse(header);
Check(Desk.ValueBytes(header) == 6 && raw.Value.Span.SequenceEqual(new byte[] { 0xEC, 0x84, 0x9C, 0xEC, 0x9A, 0xB8 }), "ReadOnlyMemory<byte> member from UTF-8");
Check(raw == RawHeader.Parse(raw.Format()) && raw.Format() == "Desk: 서울" && RawHeader.Parse(new ReadOnlyMemory<byte>(header)) == raw, "ReadOnlyMemory<byte> round trip and content equality");
Check(Desk.CityOf(Text) == "LISBON" && Desk.CityOf("nonsense") is null, "library code calling TryParse");
Console.WriteLine(failures.Count == 0 ? "netstandard2.0 consumer: round-trip OK" : $"netstandard2.0 consumer: {failures.Count} check(s) FAILED");
return failures.Count == 0 ? 0 : 1;
