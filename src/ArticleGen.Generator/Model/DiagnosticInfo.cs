using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ArticleGen.Generator.Model
{
    /// <summary>A location as plain values, so that diagnostics can travel through the incremental pipeline.</summary>
    internal sealed record LocationInfo(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
    {
        public Location ToLocation() => Location.Create(FilePath, Span, LineSpan);

        public static LocationInfo? From(Location? location)
        {
            if (location is null || location.SourceTree is null)
            {
                return null;
            }

            return new LocationInfo(location.SourceTree.FilePath, location.SourceSpan, location.GetLineSpan().Span);
        }
    }

    /// <summary>A diagnostic as plain values: the descriptor's ID is looked up again when it is reported.</summary>
    internal sealed record DiagnosticInfo(string Id, LocationInfo? Location, EquatableArray<string> Arguments)
    {
        public Diagnostic ToDiagnostic()
            => Diagnostic.Create(DiagnosticDescriptors.ById(Id), Location?.ToLocation(), Arguments.Count == 0 ? null : System.Linq.Enumerable.ToArray<object>(Arguments));
    }
}
