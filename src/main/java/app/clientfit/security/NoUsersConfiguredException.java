package app.clientfit.security;

/** Demo users are off and no real user is configured: nobody could call the API. */
class NoUsersConfiguredException extends IllegalStateException {

    NoUsersConfiguredException() {
        super("no users are configured and the demo users are off");
    }
}
