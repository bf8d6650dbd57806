DossierSearch.shard("ru", {"run":"3.6","runs":"4.6","run~":"4.6","russia":"0.1,1.1,1.1,1.1,1.1","russian":"0.1,1.1,1.1,1.1,1.1","russians":"4.8","russian~":"4.8"});
