DossierSearch.shard("du", {"dual":"3.6","duly":"4.6"});
