// The command line is a thin shell: each subcommand lives in src/cli/<name>_command.cc,
// parses its flags with CLI11 and calls the library. Subcommands register themselves at
// static-initialization time so adding one touches no other file.
//
// Exit codes (README): 0 ok, 1 the run finished but some inputs failed (each reported),
// 2 usage or configuration error, 75 only passing failures (try again later), 128 + N a
// run stopped by signal N before it finished (130 SIGINT, 143 SIGTERM; daemon and serve,
// whose normal end is a signal, exit 0).
#ifndef NEWSDESK_CLI_COMMAND_H_
#define NEWSDESK_CLI_COMMAND_H_

#include <functional>
#include <string>

#include <CLI/CLI.hpp>

namespace newsdesk::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitSomeFailed = 1;
inline constexpr int kExitUsage = 2;
// The run finished and nothing failed for good, but some URLs failed for a passing reason
// and are pending a later run (sysexits.h EX_TEMPFAIL: "try again later").
inline constexpr int kExitRetryLater = 75;
// Plus the signal's number: a run that a signal stopped, as a shell reports a process the
// signal killed.
inline constexpr int kExitSignalBase = 128;

// Adds the subcommand's options to `sub` and returns the function that runs it (called
// only when this subcommand was chosen). The returned function gives the exit code.
using CommandSetup = std::function<std::function<int()>(CLI::App& sub)>;

struct CommandInfo {
  std::string name;
  std::string description;
  CommandSetup setup;
  int order;  // position in --help
};

// Returns true so it can initialise a namespace-scope constant.
bool RegisterCommand(CommandInfo info);

}  // namespace newsdesk::cli

#endif  // NEWSDESK_CLI_COMMAND_H_
