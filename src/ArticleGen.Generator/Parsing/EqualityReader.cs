using System.Linq;
using ArticleGen.Generator.Model;
using Microsoft.CodeAnalysis;

namespace ArticleGen.Generator.Parsing
{
    /// <summary>
    /// Decides whether the record needs a generated <c>Equals</c>: the compiler's record equality compares
    /// lists and <see cref="System.ReadOnlyMemory{T}"/> by reference, so a parsed record would never equal the
    /// one it was formatted from. The generated one compares those by content and every other field as the
    /// compiler would.
    /// </summary>
    internal static class EqualityReader
    {
        public static (EquatableArray<EqualityMember> Members, bool Emit) Read(INamedTypeSymbol type, SymbolDisplayFormat format)
        {
            var members = type.GetMembers()
                .OfType<IFieldSymbol>()
                .Where(f => !f.IsStatic && !f.IsConst)
                .Select(f => new EqualityMember(
                    f.AssociatedSymbol?.Name ?? f.Name,
                    f.Type.ToDisplayString(format),
                    KindOf(f.Type),
                    f.Type.IsValueType && f.Type.OriginalDefinition.SpecialType != SpecialType.System_Nullable_T,
                    Parser.CollectionOf(f.Type, out ITypeSymbol? element) == CollectionKind.ImmutableArray ? element!.ToDisplayString(format) : null))
                .ToEquatableArray();

            bool needed = members.Any(m => m.Kind != EqualityKind.Default);
            bool userDefined = type.GetMembers("Equals").OfType<IMethodSymbol>().Any(m => !m.IsImplicitlyDeclared && m.Parameters.Length == 1 && SymbolEqualityComparer.Default.Equals(m.Parameters[0].Type.WithNullableAnnotation(NullableAnnotation.NotAnnotated), type))
                || type.GetMembers("GetHashCode").OfType<IMethodSymbol>().Any(m => !m.IsImplicitlyDeclared && m.Parameters.Length == 0);
            return (members, needed && !userDefined);
        }

        private static EqualityKind KindOf(ITypeSymbol type)
        {
            ITypeSymbol value = type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable ? nullable.TypeArguments[0] : type;
            if (Parser.IsReadOnlyMemoryOfText(value))
            {
                return EqualityKind.Text;
            }

            if (Parser.CollectionOf(type, out ITypeSymbol? element) == CollectionKind.None)
            {
                return EqualityKind.Default;
            }

            return Parser.IsReadOnlyMemoryOfText(element!) ? EqualityKind.TextSequence : EqualityKind.Sequence;
        }
    }
}
