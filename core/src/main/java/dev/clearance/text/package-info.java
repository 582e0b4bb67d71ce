/** Small text helpers shared by every error message: quoting user input without echoing it whole. */
package dev.clearance.text;
