DossierSearch.shard("lo", {"logic":"4.6","logical":"3.6","long":"3.6","looks":"1.6","lose":"4.6"});
