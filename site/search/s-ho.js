DossierSearch.shard("ho", {"hold":"4.6","holding":"2.6","holds":"3.8","hoped":"0.2,1.2,3.2","host":"0.4,2.4","hostile":"0.4,2.4","hostilities":"4.8","house":"4.6"});
