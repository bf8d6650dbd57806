DossierSearch.shard("lo", {"logic":"1.6","logical":"4.6","logic~":"4.6","long":"4.6","looks":"2.6","look~":"2.6","lose":"1.6"});
