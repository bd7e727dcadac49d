// Replaces the initial password of the connected user (run on the system database).
ALTER CURRENT USER SET PASSWORD FROM $old TO $new
