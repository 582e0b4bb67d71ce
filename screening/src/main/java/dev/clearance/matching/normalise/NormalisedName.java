package dev.clearance.matching.normalise;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A name as the matcher sees it: the text as given and its tokens in written order.
 *
 * @param text   the name as given
 * @param tokens normalised tokens; empty when nothing letter-like remains
 */
public record NormalisedName(String text, List<Token> tokens) {
    public NormalisedName {
        tokens = List.copyOf(tokens);
    }

    /** The token keys joined by spaces, for display and debugging. */
    public String keys() {
        return tokens.stream().map(Token::key).collect(Collectors.joining(" "));
    }
}
