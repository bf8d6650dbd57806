DossierSearch.shard("du", {"dual":"4.6","duli~":"1.6","duly":"1.6"});
