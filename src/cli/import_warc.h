// newsdesk import FILE.warc[.gz]...: the archive half of the import command.
#ifndef NEWSDESK_CLI_IMPORT_WARC_H_
#define NEWSDESK_CLI_IMPORT_WARC_H_

#include <string>
#include <vector>

#include "newsdesk/pipeline.h"

namespace newsdesk::cli {

// Whether `path` names a WARC file (.warc, .warc.gz, or a WARC/gzip header).
bool LooksLikeWarc(const std::string& path);

// Runs the HTML responses of `files` through `pipeline` (ImportPages), printing progress
// and warnings on stderr and the summary on stdout, and finishes `run` (the pipeline's
// PipelineOptions::recorder): "failed" when a file could not be opened or read to its end
// (errors "unreadable_file") or is empty ("empty_input"). Returns the exit code.
int ImportWarcFiles(const std::vector<std::string>& files, Pipeline& pipeline, RunRecorder& run);

}  // namespace newsdesk::cli

#endif  // NEWSDESK_CLI_IMPORT_WARC_H_
