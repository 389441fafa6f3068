#include "testing/status_matchers.h"
