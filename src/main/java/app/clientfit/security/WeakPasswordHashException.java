package app.clientfit.security;

/** A configured user's bcrypt hash is cheaper than {@link UserAccounts#MIN_HASH_COST}: quick to crack if it leaks. */
class WeakPasswordHashException extends IllegalStateException {

    private final String user;
    private final int cost;

    WeakPasswordHashException(String user, int cost) {
        super("the password hash of the user '" + user + "' has bcrypt cost " + cost + ", below the minimum of " + UserAccounts.MIN_HASH_COST);
        this.user = user;
        this.cost = cost;
    }

    String user() {
        return user;
    }

    int cost() {
        return cost;
    }
}
