# cp-audit: four small patches that make asciidoctor-pdf faster on long Chinese reports without
# changing a byte of what it writes (spec/pdf-speed.md; PdfPatchesIdentityTest compares the PDFs).
#
# Loaded BEFORE asciidoctor-pdf (the lazy pdf-reader patch is about the cost of requiring it);
# CpAudit::PdfSpeed.apply runs right after asciidoctor-pdf has loaded. Each patch names the gem
# versions it was written for, read from the bundled gems, and is skipped (with a note the build
# logs as INFO) when the runtime holds another version: an upgrade switches a patch off instead of
# breaking the output.
module CpAudit
  module PdfSpeed
    # The loaded version of a gem: its version constant where it has one, else its activated spec.
    def self.version_of gem_name
      case gem_name
      when 'prawn' then (defined? ::Prawn::VERSION) ? ::Prawn::VERSION : nil
      when 'asciidoctor-pdf' then (defined? ::Asciidoctor::PDF::VERSION) ? ::Asciidoctor::PDF::VERSION : nil
      else (spec = ::Gem.loaded_specs[gem_name]) ? spec.version.to_s : nil
      end
    end

    # The version asciidoctor-pdf's require will load: before it runs, only the installed spec knows.
    def self.installed_version gem_name
      ::Gem::Specification.find_by_name(gem_name).version.to_s
    rescue ::Gem::MissingSpecError
      nil
    end

    # What became of each patch: [name, applied, written for, found], for the Java side to log.
    def self.outcomes
      @outcomes ||= []
    end

    # Records the patch as applied when the versions found are those it was written for.
    def self.record name, written_for, found = (self.found written_for), obstacle = nil
      applied = written_for == found && !obstacle
      outcomes << [name, applied, (describe written_for), ([(describe found), obstacle].compact.join '; ')]
      applied
    end

    def self.found written_for
      written_for.keys.to_h {|gem_name| [gem_name, (version_of gem_name)] }
    end

    def self.describe versions
      versions.map {|gem_name, version| %(#{gem_name} #{version || '?'}) }.join ', '
    end

    # 1. ttfunk 1.7.0: Subset::CodePage#from_unicode transcodes the character for every call and
    # answers a character outside the code page (every hanzi, for the MacRoman subset each font
    # starts with) by raising and rescuing Encoding::UndefinedConversionError. Prawn asks it for
    # every character of every text fragment, dry runs included (41,100 misses of 131,156 calls on
    # a 39-page report: 6.75 s of 17.4 s). The answer depends only on the character and the subset's
    # encoding, so each subset remembers it, misses (nil) included.
    module CodePageMemo
      WRITTEN_FOR = { 'ttfunk' => '1.7.0' }.freeze

      def self.apply
        return unless PdfSpeed.record 'code-page-memo', WRITTEN_FOR
        ::TTFunk::Subset::CodePage.prepend self
      end

      def from_unicode character
        codes = (@cpaudit_codes ||= {})
        codes.fetch(character) { codes[character] = super }
      end
    end

    # 2. prawn-templates 0.1.2 requires pdf-reader when it loads (≈ 5 s of asciidoctor-pdf's 8.5 s
    # require, and ≈ 0.8 GB of memory), yet uses it only to import a page of another PDF (an
    # `image::x.pdf[]` block, a PDF cover or page background), in ObjectStore#import_page and
    # #load_file. asciidoctor-pdf 2.3.23 and the other bundled gems never name PDF::Reader. So its
    # require is skipped while asciidoctor-pdf loads, and those two methods load it on first use.
    module LazyPdfReader
      WRITTEN_FOR = { 'prawn-templates' => '0.1.2', 'asciidoctor-pdf' => '2.3.23' }.freeze
      FEATURE = 'pdf/reader'
      REQUIRED_BY = %r{/prawn/templates\.rb\z}

      class << self
        # Before asciidoctor-pdf loads: skip prawn-templates' require of pdf-reader.
        def prepare
          installed = WRITTEN_FOR.keys.to_h {|gem_name| [gem_name, (PdfSpeed.installed_version gem_name)] }
          return unless installed == WRITTEN_FOR
          ::Kernel.prepend DeferredRequire unless ::Kernel < DeferredRequire
          @deferring = true
        end

        # After asciidoctor-pdf loaded: stop skipping; load pdf-reader where a page import needs it.
        def apply
          @deferring = false
          # a skipped require is made good on use, whatever the versions found now
          ::PDF::Core::ObjectStore.prepend LoadOnUse if @deferred
          PdfSpeed.record 'lazy-pdf-reader', WRITTEN_FOR, (PdfSpeed.found WRITTEN_FOR),
              (@deferred ? nil : 'pdf/reader not deferred')
        end

        def skip? path
          return false unless @deferring && path == FEATURE
          return false unless REQUIRED_BY.match? caller_locations(2, 1)[0].path.to_s
          @deferred = true
        end
      end

      module DeferredRequire
        private

        def require path
          LazyPdfReader.skip?(path) ? false : super
        end
      end

      # The two methods of prawn-templates' ObjectStoreExtensions that read PDF::Reader objects
      # (their rescue clauses name its error classes too, so it loads before anything else runs).
      module LoadOnUse
        def import_page input, page_num
          require FEATURE
          super
        end

        private

        def load_file template
          require FEATURE
          super
        end
      end
    end

    # 3. Prawn 2.4.0 parses a TrueType file (Noto Sans SC: 10 MB, 30,000 glyphs) for each document
    # that uses it and for each style naming it: the main document, the scratch document
    # asciidoctor-pdf lays out dry runs in, bold and regular of the same file. The parsed
    # TTFunk::File is only read afterwards (every subset keeps its own state), so within one
    # conversion on one thread each path is parsed once. The cache lives for the conversion only:
    # a file changed between two conversions of the same runtime is read anew.
    module FontFileCache
      WRITTEN_FOR = { 'prawn' => '2.4.0', 'asciidoctor-pdf' => '2.3.23' }.freeze
      KEY = :cpaudit_font_files

      def self.apply
        return unless PdfSpeed.record 'font-file-cache', WRITTEN_FOR
        ::Asciidoctor::PDF::Converter.prepend Conversion
        ::Prawn::Fonts::TTF.prepend Reuse
      end

      # The whole of one conversion: convert_document lays out every page, running content included.
      module Conversion
        def convert_document doc
          thread = ::Thread.current
          return super if thread.thread_variable_get KEY
          thread.thread_variable_set KEY, {}
          begin
            super
          ensure
            thread.thread_variable_set KEY, nil
          end
        end
      end

      # Prawn::Fonts::TTC and DFont define their own read_ttf_file and stay as they are.
      module Reuse
        private

        def read_ttf_file
          files = ::Thread.current.thread_variable_get KEY
          return super unless files && ::String === @name
          files[@name] ||= super
        end
      end
    end

    # 4. ttfunk 1.7.0 writes the OS/2 table of each unicode subset of a font by grouping every code
    # point of the font's cmap (30,000 for Noto Sans SC) by its Unicode-range bit, finding each
    # one's range by a linear search of 160 ranges (78 ms a subset, tens of subsets a report). The
    # grouping depends only on the font, so it is kept on the font's OS/2 table, and the range is
    # found by binary search in a table of disjoint segments built from UNICODE_RANGES: the segment
    # bounds are every range's first and past-the-end code point, so whether a range covers a code
    # point is the same all through a segment, and each segment takes the bit of the first range (in
    # ttfunk's order) covering its first code point: exactly what the linear search answers.
    module UnicodeRangeIndex
      WRITTEN_FOR = { 'ttfunk' => '1.7.0' }.freeze

      def self.apply
        return unless PdfSpeed.record 'unicode-range-index', WRITTEN_FOR
        ::TTFunk::Table::OS2.singleton_class.prepend Grouping
      end

      # [[first code point, bit or nil], …] sorted by first code point
      def self.segments
        @segments ||= begin
          ranges = ::TTFunk::Table::OS2::UNICODE_RANGES
          blocks = ::TTFunk::Table::OS2::UNICODE_BLOCKS
          starts = ranges.flat_map {|r| [r.begin, (r.exclude_end? ? r.end : r.end + 1)] }.uniq.sort
          starts.map {|cp| [cp, blocks[ranges.find {|r| r.cover? cp }]] }.freeze
        end
      end

      def self.bit_for code_point
        segments = self.segments
        index = (segments.bsearch_index {|(first, _)| first > code_point } || segments.size) - 1
        index < 0 ? nil : segments[index][1]
      end

      module Grouping
        private

        def group_original_code_points_by_bit os2
          os2.instance_variable_get(:@cpaudit_groups) || (os2.instance_variable_set :@cpaudit_groups, (
            ::Hash.new {|h, k| h[k] = [] }.tap do |result|
              os2.file.cmap.unicode.first.code_map.each_key do |code_point|
                if (bit = UnicodeRangeIndex.bit_for code_point)
                  result[bit] << code_point
                end
              end
            end))
        end
      end
    end

    # After asciidoctor-pdf has loaded; answers the outcomes.
    def self.apply
      CodePageMemo.apply
      LazyPdfReader.apply
      FontFileCache.apply
      UnicodeRangeIndex.apply
      outcomes
    end
  end
end

CpAudit::PdfSpeed::LazyPdfReader.prepare
