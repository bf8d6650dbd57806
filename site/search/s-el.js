DossierSearch.shard("el", {"elected":"1.6","elections":"3.6","elect~":"1.4,2.4","elites":"4.6","elit~":"4.6"});
