// Starts the UI once every script has loaded (the Content-Security-Policy allows no inline script).
'use strict';

App.start();
