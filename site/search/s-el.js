DossierSearch.shard("el", {"elected":"4.6","elections":"2.6","elites":"3.6"});
